// Imported before main.tsx in the Chromium test: the entry renders into #root (index.html's),
// which the test page does not have, and must start from an empty saved draft.
localStorage.clear()
const root = document.createElement('div')
root.id = 'root'
document.body.append(root)
