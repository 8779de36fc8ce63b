import { describeRouteChangeSend } from './testing/route-change-send.tsx'

describeRouteChangeSend()
