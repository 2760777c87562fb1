/** wink-nlp's table of the `its` functions its `out()` accepts (CommonJS, no types of its own). */
declare module 'wink-nlp/src/allowed.js' {
  const allowed: { its4token: Set<unknown>; its4tokens: Set<unknown> };
  export default allowed;
}
