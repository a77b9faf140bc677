import { test } from 'vitest';
import { readCsv } from '../../../src/core/results/csv.js';
test('x', () => {
console.log(JSON.stringify(readCsv('\ufeffdate;channel;metric;value\n2027-03-01;ig;reach;"12,5"\n\n2027-03-02;"ig\nx";reach;3\n2027-03-03;ig;"reach;4\n')));
console.log(JSON.stringify(readCsv('# a\n# b\n\na,b\n1,2\n', {comment:'#'})));
console.log(JSON.stringify(readCsv('a,b\n1,"2"x,3\n4,5\n"6,7\n')));
console.log(JSON.stringify(readCsv('a,b\n1,2\n4,"5\n7,8\n9,10\n')));
});
