// GOV.UK Frontend's components (error summary focus, radios' conditional reveals, service navigation toggle).
// Every page works without this: it only enhances.
import { initAll } from './govuk/govuk-frontend.min.js'

initAll()
