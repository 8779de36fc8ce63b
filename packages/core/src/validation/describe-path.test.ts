import { describe, expect, it } from 'vitest'
import { describePath } from './describe-path.ts'

describe('describePath', () => {
  it.each([
    [['action', 'buttons', 1, 'reply', 'title'], 'Button 2 title'],
    [['action', 'sections', 0, 'rows', 2, 'description'], 'Section 1 row 3 description'],
    [['action', 'button'], 'List button label'],
    [['header', 'text'], 'Header text'],
    [['action', 'parameters', 'display_text'], 'Button text'],
    [['action', 'cards', 1, 'action', 'buttons', 0, 'quick_reply', 'title'], 'Card 2 button 1 title'],
    [['interactive', 'body', 'text'], 'Body text'],
    [['interactive'], 'Interactive object'],
    [['type'], 'Message type'],
    [['to'], 'Recipient number (to)'],
    [[], 'The message'],
    [['action', 'parameters', 'flow_message_version'], 'The flow_message_version'],
    // Fields the builder shows are named as it labels them.
    [['interactive', 'action', 'parameters', 'ttl_minutes'], 'Button validity (minutes)'],
    [['action', 'catalog_id'], 'Catalog ID'],
    [['action', 'product_retailer_id'], 'Product ID (SKU)'],
    [['action', 'sections', 0, 'product_items', 1, 'product_retailer_id'], 'Section 1 product 2 ID (SKU)'],
    [['action', 'buttons', 0, 'reply', 'id'], 'Button 1 ID'],
    [['action', 'parameters', 'thumbnail_product_retailer_id'], 'Thumbnail product ID (SKU)'],
    [['action', 'parameters', 'flow_id'], 'Flow ID'],
    [['action', 'parameters', 'flow_name'], 'Flow name'],
    [['action', 'parameters', 'flow_token'], 'Flow token'],
    [['action', 'parameters', 'mode'], 'Flow mode'],
    [['action', 'parameters', 'payload'], 'Call payload'],
    [['action', 'cards', 1, 'action', 'product_retailer_id'], 'Card 2 product ID (SKU)'],
    [['conversation_id'], 'Conversation (conversation_id)'],
    [['sender_id'], 'Sender (sender_id)'],
    [['action', 'cards', 0, 'card_index'], 'Card 1 card_index'],
    // A saved address's values by their own words, as the builder labels them (not "… value city").
    [['action', 'parameters', 'saved_addresses', 1, 'value', 'city'], 'Saved address 2 city'],
    [['action', 'parameters', 'saved_addresses', 0, 'value', 'in_pin_code'], 'Saved address 1 PIN code'],
    [['action', 'parameters', 'saved_addresses', 0, 'value'], 'Saved address 1 value'],
    [['action', 'parameters', 'values', 'city'], 'City'],
  ] as const)('%j → %s', (path, label) => {
    expect(describePath([...path])).toBe(label)
  })
})
