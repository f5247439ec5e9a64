import type { Template } from "@/lib/nxcloud/schemas";

/**
 * The smallest valid template for unit tests: `t_<id>`, en_US, MARKETING, APPROVED, no components.
 * Tests name only what they are about in `over`.
 */
export function minimalTemplate(id: string, over: Partial<Template> = {}): Template {
  return {
    id,
    name: `t_${id}`,
    language: "en_US",
    category: "MARKETING",
    status: "APPROVED",
    components: [],
    ...over,
  };
}
