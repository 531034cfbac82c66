// Loaded before a third-party tool that would otherwise try the internet (Electronegativity
// fetches its message catalogue at start-up): every outbound connection to a host that is not
// this machine fails at once, before a packet leaves, so tests and CI stay on loopback.
"use strict";
const net = require("node:net");

const LOOPBACK = /^(localhost|127(?:\.\d{1,3}){3}|::1|\[::1\])$/i;

function refuse(host) {
  const error = new Error(`outbound connection to ${host} refused: this tool runs offline`);
  error.code = "ECONNREFUSED";
  return error;
}

const originalConnect = net.Socket.prototype.connect;
net.Socket.prototype.connect = function connect(...args) {
  // net.connect() hands over its normalised arguments as one array: [options, callback].
  const first = Array.isArray(args[0]) ? args[0][0] : args[0];
  const options = typeof first === "object" && first !== null ? first : { port: first, host: args[1] };
  const host = options.path ? "localhost" : String(options.host ?? "localhost");
  if (!LOOPBACK.test(host)) {
    process.nextTick(() => this.destroy(refuse(host)));
    return this;
  }
  return originalConnect.apply(this, args);
};

if (typeof globalThis.fetch === "function") {
  const originalFetch = globalThis.fetch;
  globalThis.fetch = (input, init) => {
    const url = new URL(typeof input === "string" ? input : input instanceof URL ? input.href : input.url);
    if (!LOOPBACK.test(url.hostname)) return Promise.reject(refuse(url.hostname));
    return originalFetch(input, init);
  };
}
