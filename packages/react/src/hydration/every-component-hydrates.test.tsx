import { describeHydration } from './testing/hydration-suite.tsx'
import { inReaderZone, renderCaseOnUtcServer } from './testing/reader-zone.ts'

inReaderZone()
describeHydration(renderCaseOnUtcServer)
