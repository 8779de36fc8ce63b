import '../styles.css'
import { describePortraitHydration } from './testing/portrait-hydration-suite.tsx'

describePortraitHydration()
