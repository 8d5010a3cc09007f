"""The SANE test backend's own options changed on an open device mid-batch (a jam, a slow page,
white pages), for the scanner tests; ``tweaking`` puts every option back afterwards."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager

from PIL import Image

from scanners.acquisition import ScanProfile
from scanners.sane_backend import SaneBackend, SaneSession
from tests.sane_config import DEVICE


class TweakedSane(SaneBackend):
    """The real backend; after ``after_pages`` pages the test backend's own options are changed on
    the open device, on the scanning thread between two pages (a jam mid-batch, a slow page), as if
    the device had done it. The test backend keeps its options from one opening to the next:
    ``restore`` puts them back."""

    def __init__(self, options: dict[str, object], after_pages: int = 0) -> None:
        super().__init__()
        self.options, self.after_pages = options, after_pages
        self.originals: dict[str, object] = {}

    def open(self, device_name: str) -> _TweakedSession:
        session = super().open(device_name)
        try:
            if not self.originals:
                for name in self.options:
                    try:
                        self.originals[name] = session.option(name)
                    except AttributeError:  # inactive until another option is set: nothing to put back
                        pass
            if self.after_pages == 0:
                _apply(session, self.options)
        except BaseException:
            session.close()  # an open test device stays "busy" for the next test
            raise
        return _TweakedSession(session, self)

    def restore(self) -> None:
        if self.originals:
            session = SaneBackend.open(self, DEVICE)
            try:
                _apply(session, self.originals)
            finally:
                session.close()


def _apply(session: SaneSession, options: dict[str, object]) -> None:
    for name, value in options.items():
        session.set_option(name, value)


class _TweakedSession:
    def __init__(self, real: SaneSession, backend: TweakedSane) -> None:
        self.real, self.backend = real, backend

    def pages(self, profile: ScanProfile) -> Iterator[Image.Image]:
        for count, image in enumerate(self.real.pages(profile), start=1):
            yield image
            if count == self.backend.after_pages:  # asked for the next page: the device changes now
                _apply(self.real, self.backend.options)

    def cancel(self) -> None:
        self.real.cancel()

    def close(self) -> None:
        self.real.close()


@contextmanager
def tweaking() -> Iterator[Callable[..., TweakedSane]]:
    """Makes tweaked backends; on leaving, every option they changed is put back."""
    made: list[TweakedSane] = []

    def make(options: dict[str, object], after_pages: int = 0) -> TweakedSane:
        made.append(TweakedSane(options, after_pages))
        return made[-1]

    try:
        yield make
    finally:
        for backend in made:
            backend.restore()
