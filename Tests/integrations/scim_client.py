"""The pieces scim2-tester (a SCIM compliance checker from PyPI, no one here wrote it) needs to run against the real
`vaktbok serve`: a scim2-client engine over urllib (the package's own engines want httpx), and one steer of its random
values, because it makes phone numbers of ten bare digits, which no mobile phone has: those become Norwegian mobile
numbers (+47 4/9 and seven digits). Nothing else about the checks is changed."""
import json
import random
import urllib.error
import urllib.request
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlencode, urlsplit

import scim2_tester.filling as filling
from scim2_client import BaseSyncSCIMClient
from scim2_tester.checkers import patch_add, patch_replace


@dataclass
class Answer:
    """What scim2-client reads of an HTTP answer."""

    status_code: int
    headers: Any
    content: bytes = b""

    @property
    def text(self):
        return self.content.decode("utf-8", errors="replace")

    def json(self):
        return json.loads(self.content)


class UrllibSCIMClient(BaseSyncSCIMClient):
    """A scim2-client engine that sends each request with urllib, JSON bodies as application/json (as httpx does),
    and the bearer token on every request; HTTP errors are answers too."""

    def __init__(self, base_url, token, **kwargs):
        super().__init__(**kwargs)
        self.base_url = base_url.rstrip("/")
        self.headers = {"Authorization": f"Bearer {token}", "Accept": "application/scim+json"}

    def _url(self, url):
        return url if urlsplit(url).scheme else self.base_url + "/" + url.lstrip("/")

    def _stays_under_base_url(self, endpoint):
        return self._url(endpoint).startswith(self.base_url + "/")

    def _parse_json(self, response):
        return response.json()

    def request(self, method, url, *, params=None, json=None, content=None, headers=None, **_):
        target = self._url(url) + ("?" + urlencode(params, doseq=True) if params else "")
        body = content if json is None else _dumps(json).encode()
        request = urllib.request.Request(
            target, data=body, method=method.upper(),
            headers={**self.headers, **({"Content-Type": "application/json"} if json is not None else {}), **(headers or {})},
        )
        try:
            with urllib.request.urlopen(request, timeout=30) as response:
                return Answer(response.status, response.headers, response.read())
        except urllib.error.HTTPError as error:
            return Answer(error.code, error.headers, error.read())


def _dumps(value):
    return json.dumps(value)


def norwegian_mobile():
    """A random Norwegian mobile number in E.164."""
    return "+47" + random.choice("49") + "".join(random.choice("0123456789") for _ in range(7))


def steer_phone_numbers():
    """Makes scim2-tester's generated phone numbers Norwegian mobile numbers (its checkers import the generator by
    name, so it is replaced there too)."""
    original = filling.generate_random_value

    def generate(context, path, mutability=None, required=None):
        value = original(context, path, mutability, required)
        binding = path.resolve()
        model = binding.target_model if binding else None
        is_phone = str(path).endswith("phoneNumbers.value") or (
            binding is not None and binding.target_field_name == "value" and model is not None and "phone" in model.__name__.lower()
        )
        return norwegian_mobile() if value is not None and is_phone else value

    filling.generate_random_value = generate
    patch_add.generate_random_value = generate
    patch_replace.generate_random_value = generate
