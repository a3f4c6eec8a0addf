import ArchiveIcon from '@mui/icons-material/Archive';
import UnarchiveIcon from '@mui/icons-material/Unarchive';
import { Button } from '@mui/material';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { Confirm, useNotify, useRefresh, useTranslate } from 'react-admin';
import { setCampaignArchived } from './campaignsProvider';
import type { CampaignRecord } from './operations';

/**
 * "Archiver" (guide p.65): no one can join the campaign or send results to it any more, and it can
 * no longer be modified; "Désarchiver" brings it back.
 */
export const ArchiveButton = ({ campaign }: { campaign: CampaignRecord }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const [asking, setAsking] = useState(false);
  const archive = !campaign.isArchived;
  const { mutate, isPending } = useMutation({
    mutationFn: () => setCampaignArchived(campaign.id, archive),
    onSuccess: () => {
      notify(archive ? 'orga.campaigns.archive.done' : 'orga.campaigns.unarchive.done', { type: 'info' });
      refresh();
    },
    onError: (error: Error) => notify(error.message, { type: 'error' }),
    onSettled: () => setAsking(false),
  });
  return (
    <>
      <Button
        variant="outlined"
        size="small"
        color={archive ? 'warning' : 'primary'}
        startIcon={archive ? <ArchiveIcon /> : <UnarchiveIcon />}
        onClick={() => (archive ? setAsking(true) : mutate())}
        disabled={isPending}
      >
        {translate(archive ? 'orga.campaigns.archive.button' : 'orga.campaigns.unarchive.button')}
      </Button>
      <Confirm
        isOpen={asking}
        loading={isPending}
        title="orga.campaigns.archive.confirmTitle"
        content="orga.campaigns.archive.confirmContent"
        confirm="orga.campaigns.archive.button"
        onConfirm={() => mutate()}
        onClose={() => setAsking(false)}
      />
    </>
  );
};
