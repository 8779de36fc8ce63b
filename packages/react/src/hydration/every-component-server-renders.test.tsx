// @vitest-environment node
import { describeServerRender } from './testing/server-render-suite.ts'

// Web Streams too: React 18.3's Node build has no renderToReadableStream (see server-stream.ts).
describeServerRender({ webStreams: true })
