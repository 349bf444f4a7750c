"""Step 4: how much each of the article's arguments matters to you; the chart follows live."""

import streamlit as st

from advisor.article.factors import FACTORS, Side
from advisor.judgement.scoring import evaluate
from ui import address, state
from ui.callbacks.owner import edit_weight
from ui.shell.bootstrap import page_setup
from ui.shell.steps import WEIGH
from ui.storage.device import kept_fragment
from ui.views.chart import show_balance, show_balance_in_sight
from ui.views.navigation import step_links

page_setup(WEIGH)
st.title("Weigh the arguments")
st.write("Each slider says how much an argument matters **to you**, from 0 (not at all) to 10 "
         "(enormously). Your answers decide how strong each argument is in your case; the "
         "weight decides how much that strength counts. The question mark beside each slider says why it counts.")


@kept_fragment
def weigh() -> None:
    """A slider move reruns only this part: the balance in sight, the sliders, the chart and the
    link. It holds as few elements as it can, since every element is sent to the browser again
    on each move; the balance in sight is two (its container and bar), for a phone, where the
    chart is ten sliders down."""
    case = state.case()
    assessment = evaluate(case, flip=False)
    sliders, chart = st.columns([5, 6], gap="large")
    with sliders:
        show_balance_in_sight(assessment, key="weigh")
        for side, heading in ((Side.PRO, "For going"), (Side.CON, "Against going")):
            st.header(heading)
            for factor in (f for f in FACTORS if f.side is side):
                key = state.seed(f"weigh_{factor.id}", case.weights[factor.id])
                st.slider(factor.title, 0, 10, key=key, help=factor.why,
                          on_change=edit_weight, args=(factor.id, key), disabled=state.read_only())
    with chart:
        st.header("The balance")
        show_balance(assessment, key="weigh_chart")
    address.sync()


weigh()
with st.expander("More about each argument"):
    st.markdown("\n\n".join(f"**{f.title}** ({f.side}). {f.more}" for f in FACTORS))
step_links(WEIGH)
