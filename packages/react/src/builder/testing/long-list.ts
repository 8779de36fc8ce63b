/** Ten list rows in two sections, each row taller than a third of a phone; the last row's title is empty (an error the summary lists). */
export const longList = {
  type: 'list',
  body: { text: 'Pick a route' },
  action: {
    button: 'Routes',
    sections: ['A', 'B'].map((section) => ({
      title: section,
      rows: [1, 2, 3, 4, 5].map((n) => ({
        id: `${section}${n}`,
        title: section === 'B' && n === 5 ? '' : `Route ${section}${n}`,
        description: `Every 5 minutes through stop ${n}`,
      })),
    })),
  },
}

/** Resolves after the browser's next two frames (laid out and painted). */
export const nextFrame = () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)))
