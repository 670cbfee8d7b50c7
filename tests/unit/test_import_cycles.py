"""src/ has no import circle, counting imports inside functions too (grimp, import-linter's graph):
each part can be read, tested and changed without the rest of the house."""

from __future__ import annotations

import grimp


def test_no_module_of_wellcheck_imports_itself_round_a_circle() -> None:
    graph = grimp.build_graph("wellcheck")
    circles = []
    for module in sorted(graph.modules):
        for imported in sorted(graph.find_modules_directly_imported_by(module)):
            back = graph.find_shortest_chain(importer=imported, imported=module)
            if back is not None:
                circles.append(" -> ".join((module, *back)))
    assert circles == []
