// Copies GOV.UK Frontend's stylesheet with its font and image URLs made relative (url(/assets/...) becomes
// url(assets/...)), so they resolve beside the stylesheet under /_content/Web.Design/govuk/ wherever the app is
// mounted. Its source map is left behind: the rewrite puts it out of step. Run by Web.Design.csproj.
import { readFileSync, writeFileSync } from 'node:fs'

const [source, destination] = process.argv.slice(2)
const css = readFileSync(source, 'utf8')
  .replaceAll('url(/assets/', 'url(assets/')
  .replace(/\/\*# sourceMappingURL=.*?\*\/\s*$/, '')
writeFileSync(destination, css)
