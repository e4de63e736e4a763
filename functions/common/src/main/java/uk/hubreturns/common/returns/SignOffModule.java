package uk.hubreturns.common.returns;

import dagger.Binds;
import dagger.Module;

/** For every component whose writes must respect sign-off. */
@Module
public interface SignOffModule {

    @Binds
    QuarterSignOffs quarterSignOffs(DynamoDbQuarterSignOffs signOffs);
}
