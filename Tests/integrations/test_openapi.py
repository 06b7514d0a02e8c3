"""The served API description read as strictly as a client generator would: YAML that names a path, method or field
twice is refused (a plain YAML load keeps the last one silently, which once hid GET /api/v1/hosts), and every path
parameter is declared."""
import pathlib
import re

import yaml

SPEC = pathlib.Path(__file__).resolve().parents[2] / "Sources" / "VaktbokAPI" / "openapi.yaml"


class StrictLoader(yaml.SafeLoader):
    """A YAML loader that refuses a mapping key given twice."""


def mapping_without_repeats(loader, node):
    keys = [loader.construct_object(key) for key, _ in node.value]
    repeated = sorted({str(key) for key in keys if keys.count(key) > 1})
    if repeated:
        raise yaml.constructor.ConstructorError(None, None, f"repeated keys {repeated}", node.start_mark)
    return loader.construct_mapping(node)


StrictLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, mapping_without_repeats)


def resolved(spec, item):
    return spec["components"]["parameters"][item["$ref"].rsplit("/", 1)[1]] if "$ref" in item else item


def test_no_key_is_given_twice_and_every_path_parameter_is_declared():
    spec = yaml.load(SPEC.read_text(encoding="utf-8"), Loader=StrictLoader)
    assert "get" in spec["paths"]["/api/v1/hosts"] and "post" in spec["paths"]["/api/v1/hosts"]
    for path, methods in spec["paths"].items():
        wanted = set(re.findall(r"\{(\w+)\}", path))
        shared = methods.get("parameters", [])
        for method, operation in ((method, operation) for method, operation in methods.items() if method != "parameters"):
            items = [resolved(spec, item) for item in shared + operation.get("parameters", [])]
            declared = {item["name"] for item in items if item["in"] == "path"}
            assert wanted <= declared, f"{method.upper()} {path} leaves {wanted - declared} undeclared"


def test_the_strict_loader_refuses_a_repeated_path():
    text = "paths:\n  /a:\n    get: {}\n  /a:\n    post: {}\n"
    try:
        yaml.load(text, Loader=StrictLoader)
    except yaml.constructor.ConstructorError as error:
        assert "/a" in str(error)
    else:
        raise AssertionError("a repeated path was accepted")
