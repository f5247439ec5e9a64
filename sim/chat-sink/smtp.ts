import { createServer, type Server, type Socket } from "node:net";

/**
 * A minimal SMTP receiver for the demo (RFC 5321 subset: EHLO/HELO, MAIL, RCPT, DATA, RSET, NOOP,
 * QUIT; no TLS, no AUTH — loopback only) and a MIME reader good enough for what nodemailer sends
 * (multipart/alternative, quoted-printable or base64 parts, RFC 2047 subjects).
 */

export interface ReceivedMail {
  from: string;
  to: string[];
  subject: string;
  text: string | null;
  html: string | null;
  headers: Record<string, string>;
}

function decodeQuotedPrintable(s: string): Buffer {
  const soft = s.replace(/=\r?\n/g, "");
  const bytes: number[] = [];
  for (let i = 0; i < soft.length; i++) {
    const c = soft[i] as string;
    const hex = soft.slice(i + 1, i + 3);
    if (c === "=" && /^[0-9A-Fa-f]{2}$/.test(hex)) {
      bytes.push(Number.parseInt(hex, 16));
      i += 2;
    } else bytes.push(...Buffer.from(c, "utf8"));
  }
  return Buffer.from(bytes);
}

export function decodeEncodedWords(value: string): string {
  return value
    .replace(/\?=\s+=\?/g, "?==?")
    .replace(/=\?([^?]+)\?([BbQq])\?([^?]*)\?=/g, (_, _charset: string, enc: string, data: string) =>
      enc.toUpperCase() === "B"
        ? Buffer.from(data, "base64").toString("utf8")
        : decodeQuotedPrintable(data.replace(/_/g, " ")).toString("utf8"),
    );
}

function parseHeaders(block: string): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const line of block.replace(/\r?\n[ \t]+/g, " ").split(/\r?\n/)) {
    const at = line.indexOf(":");
    if (at > 0) headers[line.slice(0, at).trim().toLowerCase()] = line.slice(at + 1).trim();
  }
  return headers;
}

function splitEntity(raw: string): { headers: Record<string, string>; body: string } {
  const at = raw.search(/\r?\n\r?\n/);
  if (at === -1) return { headers: parseHeaders(raw), body: "" };
  const sep = /\r?\n\r?\n/.exec(raw.slice(at))?.[0].length ?? 2;
  return { headers: parseHeaders(raw.slice(0, at)), body: raw.slice(at + sep) };
}

function decodeBody(body: string, encoding: string | undefined): string {
  const e = (encoding ?? "7bit").toLowerCase();
  if (e === "base64") return Buffer.from(body.replace(/\s+/g, ""), "base64").toString("utf8");
  if (e === "quoted-printable") return decodeQuotedPrintable(body).toString("utf8");
  return body;
}

function collectParts(raw: string, into: { text: string | null; html: string | null }, depth = 0): void {
  const { headers, body } = splitEntity(raw);
  const type = (headers["content-type"] ?? "text/plain").toLowerCase();
  const boundary = /boundary="?([^";]+)"?/i.exec(headers["content-type"] ?? "")?.[1];
  if (type.startsWith("multipart/") && boundary && depth < 5) {
    const parts = body.split(`--${boundary}`).slice(1);
    for (const part of parts) {
      if (part.startsWith("--")) break;
      collectParts(part.replace(/^\r?\n/, ""), into, depth + 1);
    }
    return;
  }
  const decoded = decodeBody(body, headers["content-transfer-encoding"]);
  if (type.startsWith("text/html") && into.html === null) into.html = decoded;
  else if (type.startsWith("text/plain") && into.text === null)
    into.text = decoded.replace(/\r\n/g, "\n").replace(/\n$/, "");
}

export function parseMail(raw: string, envelope: { from: string; to: string[] }): ReceivedMail {
  const { headers } = splitEntity(raw);
  const parts = { text: null as string | null, html: null as string | null };
  collectParts(raw, parts);
  return {
    ...envelope,
    subject: decodeEncodedWords(headers.subject ?? ""),
    text: parts.text,
    html: parts.html,
    headers,
  };
}

export function startSmtpReceiver(
  port: number,
  host: string,
  onMail: (mail: ReceivedMail) => void,
): Promise<{ server: Server; port: number; close: () => Promise<void> }> {
  const sockets = new Set<Socket>();
  const server = createServer((socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
    socket.setEncoding("utf8");
    let buffer = "";
    let inData = false;
    let data: string[] = [];
    let from = "";
    let to: string[] = [];
    const reply = (line: string) => socket.write(`${line}\r\n`);
    reply("220 chat-sink ESMTP (template console demo)");
    socket.on("data", (chunk: string) => {
      buffer += chunk;
      if (buffer.length > 20 * 1024 * 1024) {
        reply("552 message too large");
        socket.end();
        return;
      }
      let nl = buffer.indexOf("\r\n");
      while (nl !== -1) {
        const line = buffer.slice(0, nl);
        buffer = buffer.slice(nl + 2);
        if (inData) {
          if (line === ".") {
            inData = false;
            try {
              onMail(parseMail(data.join("\r\n"), { from, to }));
              reply("250 2.0.0 queued");
            } catch {
              reply("554 could not read the message");
            }
            data = [];
            from = "";
            to = [];
          } else data.push(line.startsWith("..") ? line.slice(1) : line);
        } else {
          const verb = line.slice(0, 4).toUpperCase();
          if (verb === "EHLO")
            socket.write("250-chat-sink\r\n250-8BITMIME\r\n250-SMTPUTF8\r\n250 SIZE 20971520\r\n");
          else if (verb === "HELO") reply("250 chat-sink");
          else if (verb === "MAIL") {
            from = /<([^>]*)>/.exec(line)?.[1] ?? "";
            to = [];
            reply("250 2.1.0 ok");
          } else if (verb === "RCPT") {
            to.push(/<([^>]*)>/.exec(line)?.[1] ?? "");
            reply("250 2.1.5 ok");
          } else if (verb === "DATA") {
            if (to.length === 0) reply("503 5.5.1 RCPT first");
            else {
              inData = true;
              reply("354 end with <CRLF>.<CRLF>");
            }
          } else if (verb === "RSET") {
            from = "";
            to = [];
            reply("250 ok");
          } else if (verb === "NOOP") reply("250 ok");
          else if (verb === "QUIT") {
            reply("221 bye");
            socket.end();
          } else reply("502 5.5.2 command not implemented");
        }
        nl = buffer.indexOf("\r\n");
      }
    });
    socket.on("error", () => socket.destroy());
  });
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => {
      const address = server.address();
      resolve({
        server,
        port: typeof address === "object" && address ? address.port : port,
        close: () =>
          new Promise<void>((r) => {
            for (const s of sockets) s.destroy();
            server.close(() => r());
          }),
      });
    });
  });
}
