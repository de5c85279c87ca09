#!/usr/bin/env node
// Lists the tools of real, public MCP servers (installed from npm) and writes
// one mcpshield eval case per tool. See README.md.
//
//   node list.mjs [--servers servers.json] [--out tools.jsonl] [--only id,id] [--log-dir dir]
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StdioClientTransport } from "@modelcontextprotocol/sdk/client/stdio.js";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const here = path.dirname(fileURLToPath(import.meta.url));

function flag(name, def) {
  const i = process.argv.indexOf(name);
  return i >= 0 && i + 1 < process.argv.length ? process.argv[i + 1] : def;
}
const serversPath = path.resolve(flag("--servers", path.join(here, "servers.json")));
const outPath = path.resolve(flag("--out", "tools.jsonl"));
const only = flag("--only", "");
const logDir = path.resolve(flag("--log-dir", path.join(os.tmpdir(), "mcp-real-logs")));
// --extras FILE: also write each server's instructions, prompts, resources
// and resource templates, one JSON object per line.
const extrasPath = flag("--extras", "");

const cfg = JSON.parse(fs.readFileSync(serversPath, "utf8"));
const timeoutMs = cfg.timeoutMs ?? 30000;
let servers = cfg.servers;
if (only) {
  const keep = new Set(only.split(","));
  servers = servers.filter((s) => keep.has(s.id));
}
fs.mkdirSync(logDir, { recursive: true });

// Resolve a package's bin script from node_modules next to this script.
// (Read package.json by path: many packages do not export it.)
function resolveBin(pkg, binName) {
  const pjPath = path.join(here, "node_modules", pkg, "package.json");
  if (!fs.existsSync(pjPath)) throw new Error(`${pkg} is not installed (run npm install in ${here})`);
  const pj = JSON.parse(fs.readFileSync(pjPath, "utf8"));
  let rel;
  if (typeof pj.bin === "string") rel = pj.bin;
  else if (pj.bin && binName) rel = pj.bin[binName];
  else if (pj.bin) rel = Object.values(pj.bin)[0];
  if (!rel) throw new Error(`no bin in ${pkg}`);
  return { script: path.resolve(path.dirname(pjPath), rel), version: pj.version };
}

function subst(v, tmp) {
  return String(v).replaceAll("{tmpdir}", tmp);
}

function withTimeout(p, ms, what) {
  let t;
  return Promise.race([
    p,
    new Promise((_, rej) => {
      t = setTimeout(() => rej(new Error(`timeout after ${ms} ms (${what})`)), ms);
    }),
  ]).finally(() => clearTimeout(t));
}

async function listServer(s) {
  const { script, version } = resolveBin(s.package, s.bin);
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), `mcp-real-${s.id}-`));
  const home = path.join(tmp, "home");
  fs.mkdirSync(home);
  // Fixture files some servers insist on reading at start-up (dummy content).
  for (const [name, content] of Object.entries(s.files ?? {})) {
    fs.writeFileSync(path.join(tmp, name), typeof content === "string" ? content : JSON.stringify(content));
  }
  const env = {
    PATH: process.env.PATH,
    HOME: home,
    TMPDIR: tmp,
    NODE_ENV: "production",
    NO_COLOR: "1",
  };
  for (const [k, v] of Object.entries(s.env ?? {})) env[k] = subst(v, tmp);
  const args = [script, ...(s.args ?? []).map((a) => subst(a, tmp))];
  const transport = new StdioClientTransport({ command: process.execPath, args, env, cwd: tmp, stderr: "pipe" });
  const log = fs.createWriteStream(path.join(logDir, `${s.id}.stderr.log`));
  transport.stderr?.on("data", (d) => log.write(d));
  const client = new Client({ name: "mcpshield-realtools", version: "0.1.0" });
  const tools = [];
  const extras = [];
  // all pages of one list method, or nothing when the server lacks it
  async function pages(list, member) {
    const items = [];
    let cursor;
    do {
      const res = await list(cursor ? { cursor } : {});
      items.push(...res[member]);
      cursor = res.nextCursor;
    } while (cursor);
    return items;
  }
  try {
    await withTimeout(
      (async () => {
        await client.connect(transport);
        tools.push(...(await pages((p) => client.listTools(p), "tools")));
        if (!extrasPath) return;
        const caps = client.getServerCapabilities() ?? {};
        const instructions = client.getInstructions();
        if (instructions) extras.push({ kind: "instructions", def: { serverInfo: client.getServerVersion(), instructions } });
        if (caps.prompts) {
          for (const d of await pages((p) => client.listPrompts(p), "prompts").catch(() => [])) extras.push({ kind: "prompt", def: d });
        }
        if (caps.resources) {
          for (const d of await pages((p) => client.listResources(p), "resources").catch(() => [])) extras.push({ kind: "resource", def: d });
          for (const d of await pages((p) => client.listResourceTemplates(p), "resourceTemplates").catch(() => []))
            extras.push({ kind: "resource_template", def: d });
        }
      })(),
      timeoutMs,
      s.id,
    );
  } finally {
    await client.close().catch(() => {});
    await transport.close().catch(() => {});
    log.end();
    fs.rmSync(tmp, { recursive: true, force: true });
  }
  return { version, tools, extras };
}

const out = [];
const extraLines = [];
const summary = [];
for (const s of servers) {
  const t0 = Date.now();
  try {
    const { version, tools, extras } = await listServer(s);
    for (const x of extras) extraLines.push(JSON.stringify({ server: `${s.package}@${version}`, ...x }));
    tools.forEach((tool, i) => {
      out.push(
        JSON.stringify({
          id: `real-${s.id}-${i + 1}`,
          kind: "tool_definition",
          input: { name: tool.name, description: tool.description ?? "", inputSchema: tool.inputSchema ?? { type: "object" } },
          label: "benign",
          category: "benign",
          note: `server: ${s.package}@${version}`,
        }),
      );
    });
    summary.push({ id: s.id, package: `${s.package}@${version}`, tools: tools.length, ms: Date.now() - t0 });
    console.error(`ok   ${s.id.padEnd(22)} ${String(tools.length).padStart(3)} tools  ${s.package}@${version}`);
  } catch (e) {
    summary.push({ id: s.id, package: s.package, error: String(e?.message ?? e) });
    console.error(`FAIL ${s.id.padEnd(22)} ${String(e?.message ?? e).split("\n")[0]}`);
  }
}
fs.writeFileSync(outPath, out.length ? out.join("\n") + "\n" : "");
if (extrasPath) fs.writeFileSync(path.resolve(extrasPath), extraLines.length ? extraLines.join("\n") + "\n" : "");
const okServers = summary.filter((x) => x.tools > 0).length;
console.error(`\n${okServers}/${servers.length} servers listed tools; ${out.length} cases written to ${outPath} (stderr logs in ${logDir})`);
fs.writeFileSync(outPath.replace(/\.jsonl$/, "") + ".summary.json", JSON.stringify(summary, null, 2) + "\n");
process.exit(0);
