// @vitest-environment node
import { describeServerRender } from './testing/server-render-suite.ts'

describeServerRender()
