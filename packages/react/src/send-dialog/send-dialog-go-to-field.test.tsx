import { describeGoToField } from './testing/go-to-field-suite.tsx'

describeGoToField()
