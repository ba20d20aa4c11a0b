import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def pytest_configure(config):
    config.addinivalue_line("markers", "alone: runs by itself after the rest of the suite (make test), as it times "
                                       "the server and needs the machine to itself")


@pytest.fixture
def root() -> Path:
    return ROOT
