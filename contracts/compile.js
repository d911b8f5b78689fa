// compile.js compiles every contracts/src/**/*.sol with the pinned solcjs
// (package.json) through solc's standard-JSON API and writes, per contract
// defined in those files, OUT/<Name>.json: the ABI, creation and runtime
// bytecode, the source it came from and the compiler settings. With a
// second directory it also writes there combined.json, every contract in
// solc's --combined-json form, for one abigen run: bindings generated
// together share the Go types of shared Solidity structs.
//
// Usage: node compile.js OUT [ABIGEN_DIR]
//
// Imports resolve to node_modules (npm ci), so "@openzeppelin/contracts/…"
// is the version package-lock.json pins. Source unit names are relative to
// contracts/, which keeps the metadata hash (and so the bytecode) the same
// on every machine.
'use strict';

const fs = require('fs');
const path = require('path');
const solc = require('solc');

const COMPILER = '0.8.30';
const SETTINGS = {
  optimizer: { enabled: true, runs: 200 },
  evmVersion: 'cancun',
  outputSelection: { '*': { '*': ['abi', 'evm.bytecode.object', 'evm.deployedBytecode.object'] } },
};

function fail(msg) {
  process.stderr.write(`compile.js: ${msg}\n`);
  process.exit(1);
}

function sources(dir) {
  const out = [];
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...sources(p));
    else if (e.name.endsWith('.sol')) out.push(p);
  }
  return out.sort();
}

function findImport(name) {
  for (const base of [__dirname, path.join(__dirname, 'node_modules')]) {
    const p = path.join(base, name);
    if (fs.existsSync(p)) return { contents: fs.readFileSync(p, 'utf8') };
  }
  return { error: `import not found: ${name} (run npm ci in contracts/)` };
}

function main() {
  const [outDir, abigenDir] = process.argv.slice(2);
  if (!outDir) fail('usage: node compile.js OUT [ABIGEN_DIR]');
  if (!solc.version().startsWith(COMPILER + '+')) {
    fail(`solc ${solc.version()} is not the pinned ${COMPILER} (run npm ci in contracts/)`);
  }
  const files = sources(path.join(__dirname, 'src')).map((p) => path.relative(__dirname, p).split(path.sep).join('/'));
  if (files.length === 0) fail('no sources in src/');
  const input = { language: 'Solidity', sources: {}, settings: SETTINGS };
  for (const f of files) input.sources[f] = { content: fs.readFileSync(path.join(__dirname, f), 'utf8') };

  const output = JSON.parse(solc.compile(JSON.stringify(input), { import: findImport }));
  const errors = (output.errors || []).filter((e) => e.severity === 'error');
  for (const e of output.errors || []) process.stderr.write(e.formattedMessage);
  if (errors.length > 0) fail(`${errors.length} compilation error(s)`);

  fs.mkdirSync(outDir, { recursive: true });
  if (abigenDir) fs.mkdirSync(abigenDir, { recursive: true });
  const seen = new Map();
  const combined = { contracts: {}, version: solc.version() };
  for (const f of files) {
    for (const [name, c] of Object.entries(output.contracts[f] || {})) {
      if (seen.has(name)) fail(`contract ${name} is defined in both ${seen.get(name)} and ${f}`);
      seen.set(name, f);
      const artefact = {
        contractName: name,
        sourceName: f,
        compiler: { version: solc.version(), settings: { optimizer: SETTINGS.optimizer, evmVersion: SETTINGS.evmVersion } },
        abi: c.abi,
        bytecode: '0x' + c.evm.bytecode.object,
        deployedBytecode: '0x' + c.evm.deployedBytecode.object,
      };
      fs.writeFileSync(path.join(outDir, name + '.json'), JSON.stringify(artefact, null, 2) + '\n');
      combined.contracts[`${f}:${name}`] = {
        abi: c.abi,
        bin: c.evm.bytecode.object,
        'bin-runtime': c.evm.deployedBytecode.object,
      };
    }
  }
  if (abigenDir) fs.writeFileSync(path.join(abigenDir, 'combined.json'), JSON.stringify(combined));
  process.stdout.write(`compiled ${files.length} source(s), ${seen.size} contract(s) with solc ${solc.version()}\n`);
}

main();
