"""Printed registers, receipts, stamps and reports (issue 8): each module lays out one document
from plain data a clerk_app service returns, in the interface language, and saves it as PDF (or
XLSX/CSV where the document is a table) or shows it in the print preview.

Every ``save_*`` function takes the registry, the signed-in actor, its parameters and the output
path, chooses the format by the path's extension and returns a :class:`ui.printing.saved.SavedPrintout`;
the ``clerk-app print`` command and the window's Print menu both call them."""
