"""Generated and mutated inputs for the property tests and the fuzzing harness."""
