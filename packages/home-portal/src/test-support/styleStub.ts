// Stands in for CSS imports under Jest: styles do not matter to behaviour tests.
export {};
