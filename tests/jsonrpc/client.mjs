// A third-party JSON-RPC 2.0 client (the npm package json-rpc-2.0) talking to concord-server over
// TLS, newline-delimited, as docs/protocol.md describes: a single call, an error, a notification, a
// batch and a batch of notifications only. Prints what it got as one JSON object on stdout; the
// checks are made by tests/server/tst_jsonrpc_node.cpp, which also looks at the database.
//   node client.mjs HOST PORT SHA256-FINGERPRINT USER PASSWORD MARKER
import tls from "node:tls";
import { JSONRPCClient, JSONRPCErrorException, createJSONRPCNotification, createJSONRPCRequest } from "json-rpc-2.0";

const [host, port, fingerprint, user, password, marker] = process.argv.slice(2);
if (!marker) {
    console.error("usage: node client.mjs HOST PORT SHA256-FINGERPRINT USER PASSWORD MARKER");
    process.exit(2);
}

// The server's certificate is self-signed: it is pinned by its SHA-256 fingerprint, checked
// before a single protocol byte is sent.
const socket = await new Promise((resolve, reject) => {
    const s = tls.connect({ host, port: Number(port), rejectUnauthorized: false }, () => {
        const seen = s.getPeerCertificate().fingerprint256 || "";
        if (seen.toLowerCase() !== fingerprint.toLowerCase()) {
            s.destroy();
            reject(new Error(`certificate fingerprint ${seen} is not the pinned ${fingerprint}`));
        } else {
            resolve(s);
        }
    });
    s.once("error", reject);
});

// Every line the server sent, to show that notifications got no answer.
const lines = [];
const client = new JSONRPCClient((payload) => {
    socket.write(JSON.stringify(payload) + "\n");
});
let buffered = "";
socket.setEncoding("utf8");
socket.on("data", (chunk) => {
    buffered += chunk;
    let nl;
    while ((nl = buffered.indexOf("\n")) >= 0) {
        const line = buffered.slice(0, nl);
        buffered = buffered.slice(nl + 1);
        if (!line.trim())
            continue;
        const message = JSON.parse(line);
        lines.push(Array.isArray(message) ? "array" : "object");
        client.receive(message);
    }
});
socket.on("close", () => client.rejectAllPendingRequests("connection closed"));

const alarm = (suffix) => ({ severity: "info", source: "json-rpc-2.0", message: `${marker}-${suffix}` });
const errorOf = async (promise) => {
    try {
        await promise;
        return null;
    } catch (e) {
        if (!(e instanceof JSONRPCErrorException))
            throw e;
        return { code: e.code, message: e.message, dataCode: e.data && e.data.code };
    }
};

const out = {};
out.hello = await client.request("session.hello", { client: "json-rpc-2.0" });
out.login = (await client.request("auth.login", { user, password })).user;
out.unknownMethod = await errorOf(client.request("foobar", {}));
out.invalidParams = await errorOf(client.request("alarm.raise", { severity: "loud" }));

client.notify("alarm.raise", alarm("notification"));

out.batch = await client.requestAdvanced([
    createJSONRPCRequest(101, "session.ping"),
    createJSONRPCNotification("alarm.raise", alarm("batch-notification")),
    createJSONRPCRequest(102, "alarm.raise", alarm("batch-request")),
    createJSONRPCRequest(103, "foobar"),
]);
out.notificationBatch = await client.requestAdvanced([
    createJSONRPCNotification("session.ping"),
    createJSONRPCNotification("alarm.raise", alarm("notification-batch")),
]);
// Writes are committed in order: an answer to any of the notifications' writes above would have
// been sent before this one's. A moment more for anything else that might still come.
out.last = await client.request("alarm.raise", alarm("last"));
await new Promise((resolve) => setTimeout(resolve, 300));
out.lines = lines;

socket.end();
console.log(JSON.stringify(out));
