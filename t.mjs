import { readFileSync } from 'node:fs';
import yaml from 'js-yaml';
const src = readFileSync('/tmp/big.yaml','utf8');
let t=performance.now(); yaml.load(src, {schema: yaml.CORE_SCHEMA}); console.log('jsyaml', performance.now()-t);
t=performance.now(); let n=0; const stack=[]; const spans=[];
yaml.load(src, {schema: yaml.CORE_SCHEMA, listener(ev, st){ if (ev==='open') stack.push(st.position); else { spans.push(stack.pop(), st.position); n++; } }}); console.log('jsyaml+listener', performance.now()-t, n);
console.log(process.memoryUsage().rss/1e6);
