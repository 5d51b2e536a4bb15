package io.deliverygates.promotion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.deliverygates.common.DurationText;
import io.deliverygates.common.InputException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class EnvironmentChainTest {
    @Test
    void parsesNamesInOrderWithOptionalSoakTimes() {
        EnvironmentChain chain = EnvironmentChain.parse(" dev, staging:2h ,production", "environments");

        assertThat(chain.environments()).containsExactly(new Environment("dev", Duration.ZERO),
                new Environment("staging", Duration.ofHours(2)), new Environment("production", null));
        assertThat(chain.previous("production", "to")).contains(new Environment("staging", Duration.ofHours(2)));
        assertThat(chain.previous("dev", "to")).isEmpty();
        assertThat(chain).hasToString("dev,staging:2h,production");
    }

    @Test
    void rejectsWhatCannotBeAChainNamingTheParameter() {
        assertThatThrownBy(() -> EnvironmentChain.parse("dev,dev", "environments"))
                .isInstanceOf(InputException.class).hasMessage("environments: environment 'dev' is listed twice");
        assertThatThrownBy(() -> EnvironmentChain.parse("dev,,prod", "environments"))
                .hasMessageContaining("'' is not an environment name");
        assertThatThrownBy(() -> EnvironmentChain.parse(" ", "environments"))
                .hasMessageContaining("no environments given");
        assertThatThrownBy(() -> EnvironmentChain.parse("dev:soon", "environments"))
                .hasMessageStartingWith("environments (soak time of dev): 'soon' is not a duration");
    }

    @Test
    void unknownTargetEnvironmentIsAParameterError() {
        EnvironmentChain chain = EnvironmentChain.parse("dev,production", "environments");

        assertThatThrownBy(() -> chain.previous("prod", "to"))
                .isInstanceOfSatisfying(InputException.class,
                        e -> assertThat(e.problem()).isEqualTo(InputException.Problem.INVALID_PARAMETER))
                .hasMessage("to: unknown environment 'prod' (known: dev,production)");
    }

    @Test
    void jobChainOverridesGlobalChainWhichOverridesTheDefault() {
        assertThat(EnvironmentChain.choose("a,b", "x,y")).hasToString("a,b");
        assertThat(EnvironmentChain.choose(" ", "x,y")).hasToString("x,y");
        assertThat(EnvironmentChain.choose(null, null)).hasToString(EnvironmentChain.DEFAULT);
    }

    @Test
    void durationsInShortAndIsoForm() {
        assertThat(DurationText.parse("250ms", "p")).isEqualTo(Duration.ofMillis(250));
        assertThat(DurationText.parse("10s", "p")).isEqualTo(Duration.ofSeconds(10));
        assertThat(DurationText.parse("5m", "p")).isEqualTo(Duration.ofMinutes(5));
        assertThat(DurationText.parse("1d", "p")).isEqualTo(Duration.ofDays(1));
        assertThat(DurationText.parse("PT1H30M", "p")).isEqualTo(Duration.ofMinutes(90));
        assertThatThrownBy(() -> DurationText.parse("10", "interval")).hasMessageStartingWith("interval: '10'");
        assertThatThrownBy(() -> DurationText.parse("-PT1S", "interval")).isInstanceOf(InputException.class);
        assertThat(DurationText.format(Duration.ofMinutes(90))).isEqualTo("1h30m");
        assertThat(DurationText.format(Duration.ofMillis(40))).isEqualTo("40ms");
        assertThat(DurationText.format(Duration.ZERO)).isEqualTo("0s");
    }
}
