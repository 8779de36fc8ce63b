// What Next.js's own types add to process.env (next/types/global.d.ts), which every Next.js app
// compiles with.
declare namespace NodeJS {
  interface ProcessEnv {
    readonly NODE_ENV: 'development' | 'production' | 'test'
  }
}
