import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { ConsoleApp } from "./ConsoleApp";
import "./console.css";

const root = document.getElementById("root");
if (root === null) throw new Error("console/index.html has no #root element");
createRoot(root).render(
  <StrictMode>
    <ConsoleApp />
  </StrictMode>,
);
