import unittest

import advc


class PackageTest(unittest.TestCase):
    def test_public_names(self):
        self.assertTrue(callable(advc.load))
        self.assertTrue(callable(advc.serve))
        self.assertTrue(issubclass(advc.AdvcError, Exception))

    def test_unknown_attribute(self):
        with self.assertRaises(AttributeError):
            advc.no_such_thing


if __name__ == "__main__":
    unittest.main()
