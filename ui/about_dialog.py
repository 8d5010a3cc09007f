"""Help > About: the version first (what support asks for), then where the data are."""

from __future__ import annotations

import html

import PySide6
from PySide6.QtCore import QCoreApplication, qVersion
from PySide6.QtWidgets import QMessageBox, QWidget

from clerk_app import __version__


def app_name() -> str:
    return QCoreApplication.translate("AboutDialog", "Consumer Appeals Registry")


def about_html(location: str | None) -> str:
    lines = [
        f"<h3>{html.escape(app_name())}</h3>",
        "<p>"
        + html.escape(QCoreApplication.translate("AboutDialog", "Version {0}").format(__version__))
        + "</p>",
        "<p>"
        + html.escape(
            QCoreApplication.translate(
                "AboutDialog",
                "Registration journals of consumer appeals for bodies of pre-trial settlement of consumer disputes.",
            )
        )
        + "</p>",
    ]
    if location:
        text = QCoreApplication.translate("AboutDialog", "Database: {0}").format(location)
        lines.append(f"<p>{html.escape(text)}</p>")
    lines.append(
        f"<p><small>Qt {html.escape(qVersion())}, PySide6 {html.escape(PySide6.__version__)}</small></p>"
    )
    return "".join(lines)


def show_about(parent: QWidget, location: str | None) -> None:
    title = QCoreApplication.translate("AboutDialog", "About {0}").format(app_name())
    QMessageBox.about(parent, title, about_html(location))
