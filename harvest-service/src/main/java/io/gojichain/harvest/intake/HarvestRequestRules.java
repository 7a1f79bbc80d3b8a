package io.gojichain.harvest.intake;

import io.gojichain.boot.web.IngestRules;
import io.gojichain.boot.web.IngestValidator;
import org.springframework.stereotype.Component;

/**
 * Every rule of the {@code harvested} event: the annotations of {@link HarvestRequest} and the eventTime window,
 * checked by the shared {@link IngestValidator}. A harvest has no rule across its fields.
 */
@Component
class HarvestRequestRules extends IngestRules<HarvestRequest> {

    HarvestRequestRules(IngestValidator validator) {
        super(validator);
    }
}
