import { addons } from 'storybook/manager-api'

addons.setConfig({
  // Storybook 10's own zoom tool renders a popover without an accessible label, and its
  // deprecation warning fills the console on every start; the browser's zoom does the same job.
  toolbar: { zoom: { hidden: true } },
})
