import type { CopyPack } from "./copy-types";

/** Copy for Latin-script languages: en_US, en_GB, es, pt_BR, fr, de, id. */

const enCards = [
  "Lightweight running shoes with breathable mesh. Now 20% off.",
  "Water-resistant backpack with a padded laptop sleeve.",
  "Insulated steel bottle that keeps drinks cold for 24 hours.",
  "Wireless earbuds with 30-hour battery life and a pocket-size case.",
];

export const en_US: CopyPack = {
  lang: "en_US",
  ex: {
    name: "Emily",
    total: "$84.90",
    carrier: "UPS",
    date: "June 14",
    time: "3:30 PM",
    service: "dental check-up",
    amount: "$129.00",
    discount: "25%",
    code: "SUMMER25",
    window: "2–4 PM",
  },
  order: {
    header: "Order {{1}} confirmed ✅",
    body: "Hi {{1}}, thanks for shopping with {brand}! 🎉\n\nYour order *{{2}}* is confirmed. Total paid: *{{3}}*.\n\nWe'll message you again as soon as it ships.",
  },
  shipping: {
    header: "Your order is on its way 🚚",
    body: "Good news, {{1}}! Order *{{2}}* has shipped with {{3}}.\n\nEstimated delivery: *{{4}}*.\nTap below to follow your parcel.",
    locationBody:
      "Good news {{1}}! Your order #{{2}} is on its way to the location above. Thank you for your order!",
  },
  delivery: {
    body: "Hi {{first_name}}, your order {{order_id}} arrives today between {{delivery_window}}. Please make sure someone is home to receive it.",
  },
  auth: {
    body: "*{{1}}* is your verification code. For your security, do not share this code.",
    footer: (n) => `This code expires in ${n} minutes.`,
    copy: "Copy code",
    autofill: "Autofill",
  },
  promo: {
    header: "☀️ Our Summer Sale is live",
    body: "Hey {{1}}! Our *Summer Sale* is here: enjoy *{{2}} off* everything in store.\n\nUse code ```{{3}}``` at checkout. ~Full price~ Not this week! 🛍️\n\n_Offer valid while stocks last._",
  },
  appointment: {
    header: "Appointment reminder",
    body: "Hello {{1}}, this is a reminder of your *{{2}}* appointment:\n\n- Date: {{3}}\n- Time: {{4}}\n\nNeed to change it? Tap a button below.",
  },
  payment: {
    body: "Hi {{1}}, a friendly reminder that {{2}} is due for invoice {{3}} on *{{4}}*.\n\nThe invoice is attached. You can pay securely online.",
  },
  feedback: {
    body: "Hi {{1}}, how was your order {{2}}? 🙂 Your feedback helps us improve. It only takes a tap!",
  },
  carousel: {
    body: "{{1}}, we picked these just for you 👇 Swipe to see this week's favourites.",
    cards: enCards,
  },
  lto: {
    text: "Expiring offer!",
    body: "Good news, {{1}}! Use code {{2}} to get 25% off your next order. Hurry, this deal ends soon!",
  },
  catalog: {
    header: "New arrivals are here",
    body: "Browse our latest collection and order right here in WhatsApp. Free delivery on orders over $50!",
  },
  footer: "{brand} · Reply STOP to unsubscribe",
  utilFooter: "{brand} Customer Care",
  btn: {
    viewOrder: "View order",
    track: "Track parcel",
    stopUpdates: "Stop delivery updates",
    shopNow: "Shop now",
    copyCode: "Copy offer code",
    confirm: "Confirm",
    reschedule: "Reschedule",
    callUs: "Call us",
    payNow: "Pay now",
    good: "Great 😀",
    ok: "It was OK",
    bad: "Not good",
    viewCatalog: "View catalog",
    viewItems: "View items",
    bookNow: "Book now",
    callBusiness: "Call us on WhatsApp",
    unsubscribe: "Stop promotions",
    viewInvoice: "View invoice",
    startSurvey: "Start survey",
    viewProduct: "View product",
    moreLikeThis: "Send me more like this",
  },
};

export const en_GB: CopyPack = {
  ...en_US,
  lang: "en_GB",
  ex: {
    name: "Oliver",
    total: "£72.50",
    carrier: "Royal Mail",
    date: "14 June",
    time: "15:30",
    service: "eye test",
    amount: "£96.00",
    discount: "25%",
    code: "SUMMER25",
    window: "14:00–16:00",
  },
  order: {
    header: "Order {{1}} confirmed ✅",
    body: "Hi {{1}}, thanks for shopping with {brand}! 🎉\n\nYour order *{{2}}* is confirmed. Total paid: *{{3}}*.\n\nWe'll let you know as soon as it's been dispatched.",
  },
  shipping: {
    header: "Your parcel has been dispatched 🚚",
    body: "Good news, {{1}}! Order *{{2}}* has been dispatched with {{3}}.\n\nExpected delivery: *{{4}}*.\nTap below to track your parcel.",
    locationBody:
      "Good news {{1}}! Your order #{{2}} is on its way to the location above. Thank you for your order!",
  },
  delivery: {
    body: "Hi {{first_name}}, your order {{order_id}} is arriving today between {{delivery_window}}. Please make sure someone is in to take it.",
  },
  promo: {
    header: "☀️ Our Summer Sale is on",
    body: "Hi {{1}}! Our *Summer Sale* is on: *{{2}} off* everything in store.\n\nUse code ```{{3}}``` at checkout. 🛍️\n\n_While stocks last. T&Cs apply._",
  },
  carousel: {
    body: "{{1}}, we've picked these out for you 👇 Swipe to see this week's favourites.",
    cards: enCards,
  },
  catalog: {
    header: "New in: our latest collection",
    body: "Browse our new collection and order straight from WhatsApp. Free delivery on orders over £40!",
  },
  utilFooter: "{brand} Customer Service",
};

export const es: CopyPack = {
  lang: "es",
  ex: {
    name: "Lucía",
    total: "59,90 €",
    carrier: "Correos Express",
    date: "14 de junio",
    time: "15:30",
    service: "limpieza dental",
    amount: "120,00 €",
    discount: "25 %",
    code: "VERANO25",
    window: "14:00 y 16:00",
  },
  order: {
    header: "Pedido {{1}} confirmado ✅",
    body: "¡Hola, {{1}}! Gracias por comprar en {brand}. 🎉\n\nTu pedido *{{2}}* está confirmado. Total pagado: *{{3}}*.\n\nTe avisaremos en cuanto salga de nuestro almacén.",
  },
  shipping: {
    header: "Tu pedido ya está en camino 🚚",
    body: "¡Buenas noticias, {{1}}! El pedido *{{2}}* se envió con {{3}}.\n\nEntrega estimada: *{{4}}*.\nPulsa abajo para seguir tu paquete.",
    locationBody:
      "¡Buenas noticias, {{1}}! Tu pedido n.º {{2}} va de camino a la ubicación indicada arriba. ¡Gracias por tu compra!",
  },
  delivery: {
    body: "Hola, {{first_name}}: tu pedido {{order_id}} llega hoy entre las {{delivery_window}}. Asegúrate de que haya alguien en casa para recibirlo.",
  },
  auth: {
    body: "*{{1}}* es tu código de verificación. Por tu seguridad, no lo compartas.",
    footer: (n) => `Este código caduca en ${n} minutos.`,
    copy: "Copiar código",
    autofill: "Autocompletar",
  },
  promo: {
    header: "☀️ Llegaron las rebajas de verano",
    body: "¡Hola, {{1}}! Llegaron las *rebajas de verano*: *{{2}} de descuento* en toda la tienda.\n\nUsa el código ```{{3}}``` al pagar. 🛍️\n\n_Oferta válida hasta agotar existencias._",
  },
  appointment: {
    header: "Recordatorio de cita",
    body: "Hola, {{1}}. Te recordamos tu cita de *{{2}}*:\n\n- Fecha: {{3}}\n- Hora: {{4}}\n\n¿Necesitas cambiarla? Pulsa un botón abajo.",
  },
  payment: {
    body: "Hola, {{1}}. Te recordamos que el importe de {{2}} de la factura {{3}} vence el *{{4}}*.\n\nAdjuntamos la factura. Puedes pagar de forma segura en línea.",
  },
  feedback: {
    body: "Hola, {{1}}. ¿Qué tal tu pedido {{2}}? 🙂 Tu opinión nos ayuda a mejorar. ¡Solo te llevará un toque!",
  },
  carousel: {
    body: "{{1}}, elegimos esto especialmente para ti 👇 Desliza para ver los favoritos de la semana.",
    cards: [
      "Zapatillas ligeras con malla transpirable. Ahora con un 20 % de descuento.",
      "Mochila resistente al agua con funda acolchada para portátil.",
      "Botella térmica de acero: bebidas frías durante 24 horas.",
      "Auriculares inalámbricos con 30 horas de batería.",
    ],
  },
  lto: {
    text: "¡Última ocasión!",
    body: "¡Buenas noticias, {{1}}! Usa el código {{2}} y obtén un 25 % de descuento en tu próximo pedido. ¡Date prisa, la oferta termina pronto!",
  },
  catalog: {
    header: "Ya llegaron las novedades",
    body: "Descubre nuestra nueva colección y haz tu pedido directamente en WhatsApp. ¡Envío gratis a partir de 50 €!",
  },
  footer: "{brand} · Responde BAJA para no recibir más",
  utilFooter: "Atención al cliente de {brand}",
  btn: {
    viewOrder: "Ver pedido",
    track: "Seguir envío",
    stopUpdates: "No más avisos de envío",
    shopNow: "Comprar ahora",
    copyCode: "Copiar código",
    confirm: "Confirmar",
    reschedule: "Cambiar cita",
    callUs: "Llámanos",
    payNow: "Pagar ahora",
    good: "¡Genial! 😀",
    ok: "Estuvo bien",
    bad: "No me gustó",
    viewCatalog: "Ver catálogo",
    viewItems: "Ver productos",
    bookNow: "Reservar",
    callBusiness: "Llamar por WhatsApp",
    unsubscribe: "No más promociones",
    viewInvoice: "Ver factura",
    startSurvey: "Empezar encuesta",
    viewProduct: "Ver producto",
    moreLikeThis: "Quiero ver más así",
  },
};

export const pt_BR: CopyPack = {
  lang: "pt_BR",
  ex: {
    name: "João",
    total: "R$ 249,90",
    carrier: "Correios",
    date: "14 de junho",
    time: "15h30",
    service: "limpeza dental",
    amount: "R$ 189,00",
    discount: "25%",
    code: "VERAO25",
    window: "14h e 16h",
  },
  order: {
    header: "Pedido {{1}} confirmado ✅",
    body: "Oi, {{1}}! Obrigado por comprar na {brand}. 🎉\n\nSeu pedido *{{2}}* foi confirmado. Total pago: *{{3}}*.\n\nAvisaremos você assim que ele for enviado.",
  },
  shipping: {
    header: "Seu pedido está a caminho 🚚",
    body: "Boa notícia, {{1}}! O pedido *{{2}}* foi enviado pela {{3}}.\n\nPrevisão de entrega: *{{4}}*.\nToque abaixo para acompanhar sua encomenda.",
    locationBody:
      "Boa notícia, {{1}}! Seu pedido nº {{2}} está a caminho do endereço acima. Obrigado pela compra!",
  },
  delivery: {
    body: "Oi, {{first_name}}! Seu pedido {{order_id}} chega hoje entre {{delivery_window}}. Garanta que alguém esteja em casa para receber.",
  },
  auth: {
    body: "*{{1}}* é seu código de verificação. Para sua segurança, não o compartilhe.",
    footer: (n) => `Este código expira em ${n} minutos.`,
    copy: "Copiar código",
    autofill: "Preencher automaticamente",
  },
  promo: {
    header: "☀️ A Liquida de Verão chegou",
    body: "Oi, {{1}}! A *Liquida de Verão* chegou: *{{2}} de desconto* em toda a loja.\n\nUse o cupom ```{{3}}``` no checkout. 🛍️\n\n_Oferta válida enquanto durarem os estoques._",
  },
  appointment: {
    header: "Lembrete de consulta",
    body: "Olá, {{1}}! Lembrete da sua consulta de *{{2}}*:\n\n- Data: {{3}}\n- Horário: {{4}}\n\nPrecisa remarcar? Toque em um botão abaixo.",
  },
  payment: {
    body: "Olá, {{1}}. Lembramos que o valor de {{2}} referente à fatura {{3}} vence em *{{4}}*.\n\nA fatura está em anexo. Pague com segurança pelo link.",
  },
  feedback: {
    body: "Oi, {{1}}! O que achou do pedido {{2}}? 🙂 Sua opinião nos ajuda a melhorar. Leva só um toque!",
  },
  carousel: {
    body: "{{1}}, separamos estes produtos para você 👇 Deslize para ver os favoritos da semana.",
    cards: [
      "Tênis leve com cabedal respirável. Agora com 20% de desconto.",
      "Mochila impermeável com compartimento acolchoado para notebook.",
      "Garrafa térmica de aço: bebidas geladas por 24 horas.",
      "Fones sem fio com 30 horas de bateria.",
    ],
  },
  lto: {
    text: "Oferta relâmpago",
    body: "Boa notícia, {{1}}! Use o cupom {{2}} e ganhe 25% de desconto no próximo pedido. Corra, a oferta acaba logo!",
  },
  catalog: {
    header: "Chegaram as novidades",
    body: "Confira a nova coleção e compre direto pelo WhatsApp. Frete grátis acima de R$ 199!",
  },
  footer: "{brand} · Responda SAIR para cancelar",
  utilFooter: "Atendimento {brand}",
  btn: {
    viewOrder: "Ver pedido",
    track: "Rastrear pedido",
    stopUpdates: "Parar avisos de entrega",
    shopNow: "Comprar agora",
    copyCode: "Copiar cupom",
    confirm: "Confirmar",
    reschedule: "Remarcar",
    callUs: "Ligar para nós",
    payNow: "Pagar agora",
    good: "Ótimo 😀",
    ok: "Foi ok",
    bad: "Não gostei",
    viewCatalog: "Ver catálogo",
    viewItems: "Ver itens",
    bookNow: "Agendar",
    callBusiness: "Ligar pelo WhatsApp",
    unsubscribe: "Parar promoções",
    viewInvoice: "Ver fatura",
    startSurvey: "Responder pesquisa",
    viewProduct: "Ver produto",
    moreLikeThis: "Quero ver mais assim",
  },
};

export const fr: CopyPack = {
  lang: "fr",
  ex: {
    name: "Camille",
    total: "64,90 €",
    carrier: "Colissimo",
    date: "14 juin",
    time: "15 h 30",
    service: "détartrage",
    amount: "110,00 €",
    discount: "25 %",
    code: "ETE25",
    window: "14 h et 16 h",
  },
  order: {
    header: "Commande {{1}} confirmée ✅",
    body: "Bonjour {{1}}, merci pour votre achat chez {brand} ! 🎉\n\nVotre commande *{{2}}* est confirmée. Montant payé : *{{3}}*.\n\nNous vous préviendrons dès son expédition.",
  },
  shipping: {
    header: "Votre commande est en route 🚚",
    body: "Bonne nouvelle, {{1}} ! La commande *{{2}}* a été expédiée avec {{3}}.\n\nLivraison estimée : *{{4}}*.\nAppuyez ci-dessous pour suivre votre colis.",
    locationBody:
      "Bonne nouvelle {{1}} ! Votre commande n° {{2}} est en route vers l'adresse ci-dessus. Merci pour votre commande !",
  },
  delivery: {
    body: "Bonjour {{first_name}}, votre commande {{order_id}} sera livrée aujourd'hui entre {{delivery_window}}. Merci de prévoir une personne sur place pour la réceptionner.",
  },
  auth: {
    body: "*{{1}}* est votre code de vérification. Pour votre sécurité, ne le communiquez à personne.",
    footer: (n) => `Ce code expire dans ${n} minutes.`,
    copy: "Copier le code",
    autofill: "Saisie automatique",
  },
  promo: {
    header: "☀️ Les soldes d'été sont là",
    body: "Bonjour {{1}} ! Les *soldes d'été* commencent : *-{{2}}* sur toute la boutique.\n\nUtilisez le code ```{{3}}``` lors du paiement. 🛍️\n\n_Offre valable dans la limite des stocks disponibles._",
  },
  appointment: {
    header: "Rappel de rendez-vous",
    body: "Bonjour {{1}}, nous vous rappelons votre rendez-vous *{{2}}* :\n\n- Date : {{3}}\n- Heure : {{4}}\n\nBesoin de le modifier ? Appuyez sur un bouton ci-dessous.",
  },
  payment: {
    body: "Bonjour {{1}}, pour rappel, le montant de {{2}} de la facture {{3}} est à régler avant le *{{4}}*.\n\nLa facture est jointe. Vous pouvez payer en ligne en toute sécurité.",
  },
  feedback: {
    body: "Bonjour {{1}}, comment s'est passée votre commande {{2}} ? 🙂 Votre avis nous aide à progresser. Un simple appui suffit !",
  },
  carousel: {
    body: "{{1}}, notre sélection rien que pour vous 👇 Faites défiler pour découvrir les coups de cœur de la semaine.",
    cards: [
      "Baskets légères en mesh respirant. Maintenant à -20 %.",
      "Sac à dos déperlant avec compartiment rembourré pour ordinateur.",
      "Gourde isotherme en acier : boissons fraîches pendant 24 h.",
      "Écouteurs sans fil avec 30 heures d'autonomie.",
    ],
  },
  lto: {
    text: "Offre éclair !",
    body: "Bonne nouvelle, {{1}} ! Avec le code {{2}}, profitez de 25 % de réduction sur votre prochaine commande. Dépêchez-vous, l'offre se termine bientôt !",
  },
  catalog: {
    header: "Découvrez nos nouveautés",
    body: "Parcourez notre nouvelle collection et commandez directement sur WhatsApp. Livraison offerte dès 50 € d'achat !",
  },
  footer: "{brand} · Répondez STOP pour vous désabonner",
  utilFooter: "Service client {brand}",
  btn: {
    viewOrder: "Voir la commande",
    track: "Suivre le colis",
    stopUpdates: "Stop aux notifications",
    shopNow: "J'en profite",
    copyCode: "Copier le code",
    confirm: "Confirmer",
    reschedule: "Modifier le RDV",
    callUs: "Nous appeler",
    payNow: "Payer maintenant",
    good: "Super 😀",
    ok: "Correct",
    bad: "Décevant",
    viewCatalog: "Voir le catalogue",
    viewItems: "Voir les articles",
    bookNow: "Réserver",
    callBusiness: "Appel WhatsApp",
    unsubscribe: "Stop promotions",
    viewInvoice: "Voir la facture",
    startSurvey: "Répondre au sondage",
    viewProduct: "Voir le produit",
    moreLikeThis: "Plus d'articles comme ça",
  },
};

export const de: CopyPack = {
  lang: "de",
  ex: {
    name: "Lukas",
    total: "89,90 €",
    carrier: "DHL",
    date: "14. Juni",
    time: "15:30 Uhr",
    service: "Zahnreinigung",
    amount: "129,00 €",
    discount: "25 %",
    code: "SOMMER25",
    window: "14 und 16 Uhr",
  },
  order: {
    header: "Bestellung {{1}} bestätigt ✅",
    body: "Hallo {{1}}, danke für deinen Einkauf bei {brand}! 🎉\n\nDeine Bestellung *{{2}}* ist bestätigt. Bezahlter Betrag: *{{3}}*.\n\nWir melden uns, sobald sie versendet wird.",
  },
  shipping: {
    header: "Deine Bestellung ist unterwegs 🚚",
    body: "Gute Nachrichten, {{1}}! Bestellung *{{2}}* wurde mit {{3}} verschickt.\n\nVoraussichtliche Zustellung: *{{4}}*.\nTippe unten, um dein Paket zu verfolgen.",
    locationBody:
      "Gute Nachrichten, {{1}}! Deine Bestellung Nr. {{2}} ist auf dem Weg zum oben angezeigten Ort. Danke für deine Bestellung!",
  },
  delivery: {
    body: "Hallo {{first_name}}, deine Bestellung {{order_id}} kommt heute zwischen {{delivery_window}}. Bitte sorge dafür, dass jemand zu Hause ist.",
  },
  auth: {
    body: "*{{1}}* ist dein Bestätigungscode. Teile diesen Code aus Sicherheitsgründen mit niemandem.",
    footer: (n) => `Dieser Code läuft in ${n} Minuten ab.`,
    copy: "Code kopieren",
    autofill: "Automatisch ausfüllen",
  },
  promo: {
    header: "☀️ Der Sommer-Sale ist da",
    body: "Hallo {{1}}! Unser *Sommer-Sale* startet: *{{2}} Rabatt* auf das gesamte Sortiment.\n\nGib an der Kasse den Code ```{{3}}``` ein. 🛍️\n\n_Nur solange der Vorrat reicht._",
  },
  appointment: {
    header: "Terminerinnerung",
    body: "Hallo {{1}}, wir erinnern dich an deinen Termin *{{2}}*:\n\n- Datum: {{3}}\n- Uhrzeit: {{4}}\n\nDu möchtest ihn verschieben? Tippe unten auf eine Schaltfläche.",
  },
  payment: {
    body: "Hallo {{1}}, eine freundliche Erinnerung: Der Betrag von {{2}} für Rechnung {{3}} ist am *{{4}}* fällig.\n\nDie Rechnung findest du im Anhang. Du kannst sicher online bezahlen.",
  },
  feedback: {
    body: "Hallo {{1}}, wie zufrieden bist du mit deiner Bestellung {{2}}? 🙂 Dein Feedback hilft uns, besser zu werden. Ein Tipp genügt!",
  },
  carousel: {
    body: "{{1}}, diese Auswahl haben wir für dich zusammengestellt 👇 Wische, um die Favoriten der Woche zu sehen.",
    cards: [
      "Leichte Laufschuhe mit atmungsaktivem Mesh. Jetzt 20 % günstiger.",
      "Wasserabweisender Rucksack mit gepolstertem Laptopfach.",
      "Isolierflasche aus Edelstahl: 24 Stunden kalte Getränke.",
      "Kabellose Kopfhörer mit 30 Stunden Akkulaufzeit.",
    ],
  },
  lto: {
    text: "Blitzangebot!",
    body: "Gute Nachrichten, {{1}}! Mit dem Code {{2}} sparst du 25 % bei deiner nächsten Bestellung. Schnell sein lohnt sich, das Angebot endet bald!",
  },
  catalog: {
    header: "Neuheiten sind da",
    body: "Entdecke unsere neue Kollektion und bestelle direkt über WhatsApp. Kostenloser Versand ab 50 €!",
  },
  footer: "{brand} · Antworte STOP zum Abmelden",
  utilFooter: "{brand} Kundenservice",
  btn: {
    viewOrder: "Bestellung ansehen",
    track: "Sendung verfolgen",
    stopUpdates: "Keine Versand-Updates",
    shopNow: "Jetzt shoppen",
    copyCode: "Code kopieren",
    confirm: "Bestätigen",
    reschedule: "Termin verschieben",
    callUs: "Anrufen",
    payNow: "Jetzt bezahlen",
    good: "Super 😀",
    ok: "Ganz okay",
    bad: "Nicht gut",
    viewCatalog: "Katalog ansehen",
    viewItems: "Artikel ansehen",
    bookNow: "Jetzt buchen",
    callBusiness: "WhatsApp-Anruf",
    unsubscribe: "Keine Werbung mehr",
    viewInvoice: "Rechnung ansehen",
    startSurvey: "Zur Umfrage",
    viewProduct: "Produkt ansehen",
    moreLikeThis: "Mehr davon, bitte",
  },
};

export const id: CopyPack = {
  lang: "id",
  ex: {
    name: "Putri",
    total: "Rp289.000",
    carrier: "JNE",
    date: "14 Juni",
    time: "15.30 WIB",
    service: "pembersihan karang gigi",
    amount: "Rp450.000",
    discount: "25%",
    code: "HEMAT25",
    window: "14.00–16.00",
  },
  order: {
    header: "Pesanan {{1}} dikonfirmasi ✅",
    body: "Halo {{1}}, terima kasih sudah berbelanja di {brand}! 🎉\n\nPesanan *{{2}}* sudah dikonfirmasi. Total pembayaran: *{{3}}*.\n\nKami akan mengabari Anda begitu pesanan dikirim.",
  },
  shipping: {
    header: "Pesanan Anda sedang dikirim 🚚",
    body: "Kabar baik, {{1}}! Pesanan *{{2}}* sudah dikirim melalui {{3}}.\n\nPerkiraan tiba: *{{4}}*.\nKetuk tombol di bawah untuk melacak paket Anda.",
    locationBody:
      "Kabar baik, {{1}}! Pesanan #{{2}} sedang menuju lokasi di atas. Terima kasih atas pesanan Anda!",
  },
  delivery: {
    body: "Halo {{first_name}}, pesanan {{order_id}} akan tiba hari ini pukul {{delivery_window}}. Pastikan ada orang di rumah untuk menerimanya.",
  },
  auth: {
    body: "*{{1}}* adalah kode verifikasi Anda. Demi keamanan, jangan bagikan kode ini.",
    footer: (n) => `Kode ini kedaluwarsa dalam ${n} menit.`,
    copy: "Salin kode",
    autofill: "Isi otomatis",
  },
  promo: {
    header: "☀️ Promo Gajian sudah dimulai",
    body: "Halo {{1}}! *Promo Gajian* sudah dimulai: diskon *{{2}}* untuk semua produk.\n\nPakai kode ```{{3}}``` saat checkout. 🛍️\n\n_Berlaku selama persediaan masih ada._",
  },
  appointment: {
    header: "Pengingat janji temu",
    body: "Halo {{1}}, kami mengingatkan jadwal *{{2}}* Anda:\n\n- Tanggal: {{3}}\n- Jam: {{4}}\n\nPerlu mengubah jadwal? Ketuk salah satu tombol di bawah.",
  },
  payment: {
    body: "Halo {{1}}, kami mengingatkan tagihan sebesar {{2}} untuk invoice {{3}} jatuh tempo pada *{{4}}*.\n\nInvoice terlampir. Anda dapat membayar dengan aman secara online.",
  },
  feedback: {
    body: "Halo {{1}}, bagaimana pesanan {{2}} Anda? 🙂 Masukan Anda membantu kami menjadi lebih baik. Cukup satu ketukan!",
  },
  carousel: {
    body: "{{1}}, kami pilihkan produk ini khusus untuk Anda 👇 Geser untuk melihat favorit minggu ini.",
    cards: [
      "Sepatu lari ringan dengan mesh yang sejuk. Sekarang diskon 20%.",
      "Ransel tahan air dengan kantong laptop berbantalan.",
      "Botol termos baja: minuman tetap dingin 24 jam.",
      "Earbud nirkabel dengan baterai tahan 30 jam.",
    ],
  },
  lto: {
    text: "Promo kilat!",
    body: "Kabar baik, {{1}}! Pakai kode {{2}} untuk diskon 25% di pesanan berikutnya. Buruan, promonya segera berakhir!",
  },
  catalog: {
    header: "Koleksi terbaru sudah hadir",
    body: "Lihat koleksi terbaru kami dan pesan langsung lewat WhatsApp. Gratis ongkir untuk belanja di atas Rp200.000!",
  },
  footer: "{brand} · Balas STOP untuk berhenti",
  utilFooter: "Layanan Pelanggan {brand}",
  btn: {
    viewOrder: "Lihat pesanan",
    track: "Lacak paket",
    stopUpdates: "Stop info pengiriman",
    shopNow: "Belanja sekarang",
    copyCode: "Salin kode",
    confirm: "Konfirmasi",
    reschedule: "Ubah jadwal",
    callUs: "Hubungi kami",
    payNow: "Bayar sekarang",
    good: "Mantap 😀",
    ok: "Biasa saja",
    bad: "Kurang puas",
    viewCatalog: "Lihat katalog",
    viewItems: "Lihat produk",
    bookNow: "Pesan jadwal",
    callBusiness: "Telepon via WhatsApp",
    unsubscribe: "Stop promo",
    viewInvoice: "Lihat invoice",
    startSurvey: "Isi survei",
    viewProduct: "Lihat produk",
    moreLikeThis: "Kirim yang serupa",
  },
};
