//! The cell through which the chooser leaves its current answers for the
//! other panes (the comparison, and the restart into a fuller module).

use berth::Answers;
use std::cell::RefCell;
use std::rc::Rc;

/// The chooser's current answers, read by the compare mode when it is shown
/// and handed over when the widget moves to another module (the panes are
/// never on screen together, so no re-render is needed).
#[derive(Clone, Default)]
pub struct SharedAnswers(pub Rc<RefCell<Option<Answers>>>);

impl PartialEq for SharedAnswers {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}
