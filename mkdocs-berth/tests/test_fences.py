"""The shared fence cases (tests/data/fences.json, also run by mdbook-berth):
each good fence becomes exactly its widget, each bad one fails with its line
and a message naming the valid values."""
import json
import pathlib
import unittest

from mkdocs_berth.fences import FenceErrors, render_fences

CASES = json.loads((pathlib.Path(__file__).parents[2] / "tests/data/fences.json").read_text(encoding="utf-8"))["cases"]


class SharedFenceCases(unittest.TestCase):
    def test_cases(self):
        self.assertGreaterEqual(len(CASES), 20)
        for case in CASES:
            with self.subTest(case["name"]):
                if "errors" not in case:
                    text, found = render_fences(case["markdown"])
                    if case["html"] is None:
                        self.assertEqual((text, found), (case["markdown"], False))
                    else:
                        self.assertTrue(found)
                        self.assertIn(case["html"], text)
                    continue
                with self.assertRaises(FenceErrors) as raised:
                    render_fences(case["markdown"])
                got = raised.exception.errors
                self.assertEqual(len(got), len(case["errors"]), got)
                for error, want in zip(got, case["errors"]):
                    self.assertEqual(error.line, want["line"], error)
                    for word in want["mentions"]:
                        self.assertIn(word, error.message)

    def test_korean_messages(self):
        with self.assertRaises(FenceErrors) as raised:
            render_fences('```berth\nmode = "x"\ncolour = 1\n```\n', lang="ko")
        messages = [e.message for e in raised.exception.errors]
        self.assertIn("가능한 값: chooser, quiz, compare", messages[0])
        self.assertIn("알 수 없는 설정 'colour'", messages[1])


if __name__ == "__main__":
    unittest.main()
