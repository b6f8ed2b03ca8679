//! Two cores driven by the same pins, compared on every evaluation: the first cycle on which
//! any output differs stops the run with both outputs and the inputs that led there.

use crate::{CoreInputs, CoreOutputs, CorePorts};

pub struct Lockstep<A: CorePorts, B: CorePorts> {
    pub a: A,
    pub b: B,
    /// Names for messages, e.g. "sim" and "model".
    pub names: (&'static str, &'static str),
}

impl<A: CorePorts, B: CorePorts> Lockstep<A, B> {
    pub fn new(a: A, b: B, names: (&'static str, &'static str)) -> Self {
        Lockstep { a, b, names }
    }

    fn check(&self, what: &str, inputs: &CoreInputs, x: CoreOutputs, y: CoreOutputs) -> CoreOutputs {
        assert!(
            x == y,
            "{what} at cycle {}: {} and {} differ\n  {}: {x:?}\n  {}: {y:?}\n  inputs: {inputs:?}",
            self.a.cycles(),
            self.names.0,
            self.names.1,
            self.names.0,
            self.names.1
        );
        x
    }
}

impl<A: CorePorts, B: CorePorts> CorePorts for Lockstep<A, B> {
    fn eval(&mut self, inputs: &CoreInputs) -> CoreOutputs {
        let (x, y) = (self.a.eval(inputs), self.b.eval(inputs));
        self.check("eval", inputs, x, y)
    }
    fn tick(&mut self, inputs: &CoreInputs) -> CoreOutputs {
        let (x, y) = (self.a.tick(inputs), self.b.tick(inputs));
        self.check("tick", inputs, x, y)
    }
    fn cycles(&self) -> u64 {
        self.a.cycles()
    }
    fn idle(&mut self, inputs: &CoreInputs, n: u64) -> CoreOutputs {
        let (x, y) = (self.a.idle(inputs, n), self.b.idle(inputs, n));
        assert_eq!(self.a.cycles(), self.b.cycles(), "idle advanced the two cores differently");
        self.check("idle", inputs, x, y)
    }
}
