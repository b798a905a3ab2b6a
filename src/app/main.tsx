import { StrictMode } from "react";
import { createRoot } from "react-dom/client";

function App() {
  return (
    <main>
      <h1>Selfcheck</h1>
      <p>An anonymous self-check on drugs and alcohol. Nothing you answer leaves this device.</p>
    </main>
  );
}

const root = document.getElementById("root");
if (root === null) throw new Error("index.html has no #root element");
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
