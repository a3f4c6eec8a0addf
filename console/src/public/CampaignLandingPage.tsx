import { Alert, Box, Button, CircularProgress, Link, TextField, Typography } from '@mui/material';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslate } from 'react-admin';
import { Link as RouterLink, useParams } from 'react-router-dom';
import { errorMessageKey } from '../auth/errorCodes';
import { GraphQLRequestError, graphqlClient } from '../auth/graphqlClient';
import { CAMPAIGN_TO_JOIN, SHARE_RESULTS, START_PARTICIPATION, type CampaignToJoin, type MyParticipation } from './operations';
import { ParticipantAuth } from './ParticipantAuth';
import { RetryPanel } from './RetryPanel';
import { EarlierResult, SharedResult } from './SharedResult';
import { ParticipationProgress, WhatSharingSends } from './BeforeSharing';
import { offersRetry } from './retryOffer';
import { WelcomeText } from './WelcomeText';
import { normalizeCode } from './campaignCode';
import { PublicFrame } from './PublicFrame';

/** Reads the campaign with the session if there is one; a session the API no longer accepts is dropped. */
async function loadCampaign(code: string): Promise<CampaignToJoin> {
  try {
    return (await graphqlClient.request(CAMPAIGN_TO_JOIN, { code })).campaignToJoin;
  } catch (error) {
    if (!(error instanceof GraphQLRequestError) || error.code !== 'UNAUTHENTICATED' || !graphqlClient.getSession()) throw error;
    await graphqlClient.closeSession();
    return (await graphqlClient.request(CAMPAIGN_TO_JOIN, { code })).campaignToJoin;
  }
}

const SignedInAs = ({ onSignOut }: { onSignOut: () => void }) => {
  const translate = useTranslate();
  const user = graphqlClient.getSession()?.user;
  if (!user) return null;
  return (
    <Typography variant="body2" color="text.secondary" sx={{ mt: 3 }}>
      {translate('orga.landing.signedInAs', { name: `${user.firstName} ${user.lastName}` })}{' '}
      <Link component="button" variant="body2" onClick={onSignOut}>
        {translate('orga.landing.notYou')}
      </Link>
    </Typography>
  );
};

/**
 * After "Je commence": the test in progress (its progress, and that it is taken on the assessment
 * platform), the results to send (and what sending them gives the organisation), or sent: the
 * detailed results, the guide's message, the badges, then perhaps "Je retente". No internal
 * reference or status word: what the participant sees is what they can act on.
 */
const ParticipationPanel = ({
  campaign,
  participation,
  onShared,
  onRestarted,
  onRefresh,
}: {
  campaign: CampaignToJoin;
  participation: MyParticipation;
  onShared: (participation: MyParticipation) => void;
  onRestarted: (participation: MyParticipation) => void;
  onRefresh: () => void;
}) => {
  const translate = useTranslate();
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const share = async () => {
    setBusy(true);
    setError(null);
    try {
      onShared((await graphqlClient.request(SHARE_RESULTS, { id: participation.id })).shareParticipationResults);
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Box data-testid="participation-panel" data-status={participation.status}>
      {participation.status === 'STARTED' ? (
        <>
          <Typography variant="h6" component="h2" gutterBottom>
            {translate('orga.landing.participation.startedTitle')}
          </Typography>
          <ParticipationProgress participation={participation} />
          <Alert severity="info" sx={{ mb: 2 }}>
            {translate('orga.landing.participation.engineOutOfScope')}
          </Alert>
          <WhatSharingSends campaign={campaign} />
          <Button variant="outlined" onClick={onRefresh}>
            {translate('orga.landing.participation.refresh')}
          </Button>
        </>
      ) : null}
      {participation.status === 'TO_SHARE' ? (
        <>
          <Typography variant="h6" component="h2" gutterBottom>
            {translate('orga.landing.participation.finishedTitle')}
          </Typography>
          <ParticipationProgress participation={participation} />
          <Typography sx={{ mb: 1 }}>{translate('orga.landing.participation.shareInvite')}</Typography>
          <WhatSharingSends campaign={campaign} />
          {campaign.isJoinable ? (
            <Button variant="contained" size="large" onClick={share} disabled={busy}>
              {translate('orga.landing.participation.share')}
            </Button>
          ) : (
            <Alert severity="warning">{translate('orga.landing.closed')}</Alert>
          )}
        </>
      ) : null}
      {participation.status !== 'SHARED' && campaign.mySharedResult ? (
        <EarlierResult campaign={campaign} result={campaign.mySharedResult} band={campaign.myResultBand} />
      ) : null}
      {participation.status === 'SHARED' ? (
        <>
          <SharedResult campaign={campaign} participation={participation} band={campaign.myResultBand} />
          {offersRetry(campaign) ? <RetryPanel campaign={campaign} onStarted={onRestarted} onRefused={onRefresh} /> : null}
        </>
      ) : null}
      {error ? (
        <Alert severity="error" sx={{ mt: 2 }}>
          {translate(errorMessageKey(error))}
        </Alert>
      ) : null}
    </Box>
  );
};

/**
 * `/campagnes/<CODE>` (guide p.25-26): public, outside the console's layout and login. The campaign's
 * title and welcome text, the identifier it asks for, "Je commence" (signing in or up on the way),
 * then where the participation stands. Archived or unknown campaigns say so plainly.
 */
export const CampaignLandingPage = () => {
  const translate = useTranslate();
  const queryClient = useQueryClient();
  const code = normalizeCode(useParams().code ?? '');
  const [step, setStep] = useState<'welcome' | 'auth' | 'identifier'>('welcome');
  const [externalId, setExternalId] = useState('');
  const [startError, setStartError] = useState<unknown>(null);
  const [starting, setStarting] = useState(false);
  const sessionUserId = graphqlClient.getSession()?.user.id ?? null;
  const queryKey = ['campaignToJoin', code, sessionUserId];
  const { data: campaign, error, isPending, refetch } = useQuery({ queryKey, queryFn: () => loadCampaign(code), retry: false });

  const setParticipation = (participation: MyParticipation) =>
    queryClient.setQueryData<CampaignToJoin>(queryKey, (current) => (current ? { ...current, myParticipation: participation } : current));
  // "Je retente" / "Remettre à zéro": the new participation runs, nothing more to retry until it is shared.
  const setRestarted = (participation: MyParticipation) =>
    queryClient.setQueryData<CampaignToJoin>(queryKey, (current) =>
      current
        ? {
            ...current,
            myParticipation: participation,
            // The sending just left behind stays their result (and its band) until the new one is shared.
            mySharedResult: current.myParticipation?.status === 'SHARED' ? current.myParticipation : current.mySharedResult,
            canRetry: false,
            canReset: false,
            retryAvailableAt: null,
          }
        : current,
    );

  const start = async (identifier: string | null) => {
    setStarting(true);
    setStartError(null);
    try {
      const { startParticipation } = await graphqlClient.request(START_PARTICIPATION, {
        code,
        participantExternalId: identifier,
      });
      setParticipation(startParticipation);
    } catch (caught) {
      setStartError(caught);
      // Started meanwhile (another tab): show it rather than the error alone.
      if ((caught as { code?: string }).code === 'ALREADY_PARTICIPATED') void refetch();
    } finally {
      setStarting(false);
    }
  };

  const next = (current: CampaignToJoin) => {
    if (!graphqlClient.getSession()) return setStep('auth');
    if (current.myParticipation) return setStep('welcome');
    if (current.externalIdLabel) return setStep('identifier');
    void start(null);
  };

  const afterSignIn = async () => {
    // The query key follows the user: this reads the campaign again with the new session.
    const fresh = await queryClient.fetchQuery({ queryKey: ['campaignToJoin', code, graphqlClient.getSession()?.user.id ?? null], queryFn: () => loadCampaign(code) });
    next(fresh);
  };

  const signOut = async () => {
    await graphqlClient.closeSession();
    setStep('welcome');
    setStartError(null);
    await queryClient.invalidateQueries({ queryKey: ['campaignToJoin', code] });
  };

  if (isPending) {
    return (
      <PublicFrame>
        <Box sx={{ display: 'flex', justifyContent: 'center', p: 4 }}>
          <CircularProgress aria-label={translate('ra.page.loading')} />
        </Box>
      </PublicFrame>
    );
  }
  if (error) {
    const unknown = (error as { code?: string }).code === 'NOT_FOUND';
    return (
      <PublicFrame>
        <Alert severity={unknown ? 'warning' : 'error'} data-testid="landing-error">
          {unknown ? translate('orga.landing.unknown', { code }) : translate(errorMessageKey(error))}
        </Alert>
        {unknown ? (
          <Button component={RouterLink} to="/campagnes" variant="outlined" sx={{ mt: 2 }}>
            {translate('orga.codeEntry.title')}
          </Button>
        ) : null}
      </PublicFrame>
    );
  }

  const submitIdentifier = (event: FormEvent) => {
    event.preventDefault();
    void start(externalId.trim());
  };

  return (
    <PublicFrame>
      <Typography variant="body2" color="text.secondary">
        {campaign.organizationName}
      </Typography>
      <Typography variant="h4" component="h1" gutterBottom>
        {campaign.title ?? translate('orga.landing.defaultTitle')}
      </Typography>
      {campaign.myParticipation ? (
        <ParticipationPanel campaign={campaign} participation={campaign.myParticipation} onShared={(shared) => {
            setParticipation(shared);
            // The guide's message for the result and, with multiple sendings, when "Je retente" opens.
            void refetch();
          }}
          onRestarted={setRestarted} onRefresh={() => void refetch()} />
      ) : !campaign.isJoinable ? (
        <Alert severity="warning" data-testid="landing-closed">
          {translate('orga.landing.closed')}
        </Alert>
      ) : (
        <>
          {campaign.welcomeTextHtml ? <WelcomeText html={campaign.welcomeTextHtml} sx={{ my: 2 }} /> : null}
          {step === 'welcome' ? (
            <>
              <Typography sx={{ mb: 2 }}>{translate('orga.participantResults.testOnPix')}</Typography>
              <Button variant="contained" size="large" onClick={() => next(campaign)} disabled={starting} sx={{ mt: 1 }}>
                {translate('orga.landing.start')}
              </Button>
              <Typography variant="caption" component="p" color="text.secondary" sx={{ mt: 2 }}>
                {translate('orga.landing.consent')}
              </Typography>
            </>
          ) : null}
          {step === 'auth' ? <ParticipantAuth onSignedIn={() => void afterSignIn()} /> : null}
          {step === 'identifier' && campaign.externalIdLabel ? (
            <Box component="form" onSubmit={submitIdentifier} sx={{ display: 'flex', flexDirection: 'column', gap: 2, mt: 2 }}>
              <Typography>{translate('orga.landing.identifierPrompt')}</Typography>
              <TextField
                label={campaign.externalIdLabel}
                type={campaign.externalIdType === 'EMAIL' ? 'email' : 'text'}
                value={externalId}
                onChange={(event) => setExternalId(event.target.value)}
                required
                autoFocus
                inputProps={{ maxLength: 255 }}
              />
              <Button type="submit" variant="contained" disabled={starting}>
                {translate('orga.landing.start')}
              </Button>
            </Box>
          ) : null}
        </>
      )}
      {startError ? (
        <Alert severity="error" sx={{ mt: 2 }}>
          {translate(errorMessageKey(startError))}
        </Alert>
      ) : null}
      <SignedInAs onSignOut={() => void signOut()} />
    </PublicFrame>
  );
};
