import { describe, expect, it } from 'vitest'
import { DueQueue } from './due-queue.ts'

describe('DueQueue', () => {
  it('pops only what is due, earliest first, ties in scheduling order', () => {
    const queue = new DueQueue()
    const times = [50, 10, 30, 10, 40, 20]
    times.forEach((at, seq) => {
      queue.push({ at, seq, messageId: `m${seq}`, step: 'sent' })
    })
    expect(queue.popDue(5)).toBeUndefined()
    const popped: string[] = []
    for (let due = queue.popDue(35); due; due = queue.popDue(35)) popped.push(due.messageId)
    expect(popped).toEqual(['m1', 'm3', 'm5', 'm2'])
    expect(queue.size).toBe(2)
    queue.clear()
    expect(queue.popDue(1000)).toBeUndefined()
  })

  it('keeps only what retain accepts, still earliest first', () => {
    const queue = new DueQueue()
    ;[30, 10, 20, 40].forEach((at, seq) => {
      queue.push({ at, seq, messageId: seq % 2 ? 'gone' : `m${seq}`, step: 'sent' })
    })
    queue.retain((item) => item.messageId !== 'gone')
    expect(queue.size).toBe(2)
    expect([queue.popDue(100)?.messageId, queue.popDue(100)?.messageId]).toEqual(['m2', 'm0'])
  })
})
