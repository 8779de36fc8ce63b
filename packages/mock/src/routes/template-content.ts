import { quoted } from '@briq-interactive/core/server'
import { apiError, validationError } from '../http/api-error.ts'
import type { MockStore } from '../store/store.ts'

/**
 * Checks a template send whose shape core's schema already checked (`template_name`,
 * `variables`) against the workspace's templates, and returns the stored content, with the
 * body rendered so a UI can show what went out.
 */
export function templateContent(store: MockStore, body: Record<string, unknown>): Record<string, unknown> {
  const name = String(body.template_name)
  const values = (body.variables ?? {}) as Record<string, unknown>
  const template = store.templates.find((t) => t.name === name && !t.is_deleted)
  if (!template) {
    const approved = store.templates.filter((t) => t.status === 'APPROVED').map((t) => t.name)
    throw apiError(
      422,
      'TEMPLATE_NOT_FOUND_OR_UNAPPROVED',
      `No template named ${quoted(name)}; approved templates: ${approved.join(', ')}`,
      'template_name',
    )
  }
  if (template.status !== 'APPROVED') {
    throw apiError(
      422,
      'TEMPLATE_NOT_APPROVED',
      `Template ${name} is ${template.status}; only APPROVED templates can be sent`,
      'template_name',
    )
  }
  for (const param of template.params) {
    if (typeof values[param] !== 'string' && typeof values[param] !== 'number') {
      throw validationError(`variables.${param}`, `Template ${name} needs a value for parameter {{${param}}}`)
    }
  }
  const rendered = template.details.body.replace(/\{\{(\w+)\}\}/g, (whole, key: string) =>
    key in values ? String(values[key]) : whole,
  )
  return { template_name: name, language: template.language, variables: values, body: rendered }
}
