import '../styles.css'
import { describeComposerGoToField } from './testing/go-to-field-browser-suite.tsx'

describeComposerGoToField()
