// A JIT workload: create and run many small functions (new Function compiles each one,
// the hot ones are optimised), with closures, objects and string building — code that
// a JavaScript engine generates and throws away, as a web page's scripts do.
// Usage: node functions.js N
const n = Number(process.argv[2] || 3000);
let acc = 0;
const shapes = [];
for (let i = 0; i < n; i++) {
  const f = new Function("a", "b", `let s = ${i % 13}; for (let k = 0; k < a; k++) { s = (s * 31 + k + b) % 1000003; } return s;`);
  let r = 0;
  for (let j = 0; j < 40; j++) r = f(50 + (j & 15), r);
  acc = (acc + r) % 1000000007;
  const o = { id: i, v: r, tag: "t" + (i % 17) };
  if (i % 50 === 0) shapes.push(JSON.stringify(o));
}
console.log(`functions.js ${n}: acc ${acc} shapes ${shapes.length} ${shapes.slice(0, 3).join(" ")}`);
