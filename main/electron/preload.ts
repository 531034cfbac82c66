import { contextBridge, ipcRenderer } from "electron";
import { API_METHODS, IPC_CHANNEL, type KioskApi } from "../api/contract";

/**
 * The page gets exactly one object: the KioskApi, each method a call over one IPC channel.
 * No Electron or Node object crosses the bridge.
 */
const api = Object.freeze(
  Object.fromEntries(
    API_METHODS.map((method) => [method, (request: unknown) => ipcRenderer.invoke(IPC_CHANNEL, method, request)]),
  ),
) as KioskApi;

contextBridge.exposeInMainWorld("kioskApi", api satisfies KioskApi);
