//! The widget's module: nothing runs when it loads; `blankett-form.js` calls its exported `mount`
//! (`blankett::widget::mount`) for each form on the host page.

/// The same allocator as the standalone app (see `src/main.rs`).
#[cfg(target_arch = "wasm32")]
#[global_allocator]
static ALLOCATOR: lol_alloc::AssumeSingleThreaded<lol_alloc::FreeListAllocator> =
    unsafe { lol_alloc::AssumeSingleThreaded::new(lol_alloc::FreeListAllocator::new()) };

// Links the library's exports (`mount` and the handle) into this module.
pub use blankett::widget::mount;

fn main() {
    #[cfg(debug_assertions)]
    console_error_panic_hook::set_once();
}
