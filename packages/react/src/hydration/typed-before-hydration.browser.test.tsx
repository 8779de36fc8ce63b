import '../styles.css'
import { nodeServerHtml } from './testing/node-server-html.ts'
import { describeTypedBeforeHydration } from './testing/typed-before-hydration-suite.tsx'

// Typed into a real Node server render's HTML (React 19).
describeTypedBeforeHydration(nodeServerHtml)
