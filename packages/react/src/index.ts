// Entry point; filled by the react package work.
export {}
