export const SupportCampaignSearch = () => null;
