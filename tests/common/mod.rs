//! Fixtures shared by the integration tests.
#![allow(dead_code)] // each test binary uses its own part of the fixtures

pub mod segmentation_cases;
